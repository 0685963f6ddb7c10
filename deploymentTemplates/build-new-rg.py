#!/usr/bin/env python3
"""Writes new-rg/template.json from existing-rg/template.json.

The subscription-level template creates the resource group and deploys the resource-group
template into it unchanged, as a nested deployment with inner scope, so both variants always
deploy the same resources. Run after every change to existing-rg/template.json:
    python3 deploymentTemplates/build-new-rg.py
"""

import copy
import json
from pathlib import Path

RESOURCES_API_VERSION = "2025-04-01"
HERE = Path(__file__).resolve().parent


def outer_parameters(inner):
    parameters = {
        "resourceGroupName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 90,
            "metadata": {"description": "Name of the resource group to create (or update) for the bot's resources."},
        }
    }
    for name, definition in inner["parameters"].items():
        outer = copy.deepcopy(definition)
        if name == "location":
            outer["defaultValue"] = "[deployment().location]"
            outer["metadata"]["description"] = (
                "Azure region of the resource group, the App Service plan, the web app and the PostgreSQL "
                "server. Defaults to the deployment's location (--location of az deployment sub create)."
            )
        parameters[name] = outer
    return parameters


def main():
    inner = json.loads((HERE / "existing-rg" / "template.json").read_text(encoding="utf-8"))
    deployment_id = "[resourceId(parameters('resourceGroupName'), 'Microsoft.Resources/deployments', 'waf-ml-bot')]"
    template = {
        "$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
        "contentVersion": "1.0.0.0",
        "metadata": {
            "description": "WAF ML Assessment: creates a resource group, then deploys existing-rg/template.json into it."
        },
        "parameters": outer_parameters(inner),
        "resources": [
            {
                "type": "Microsoft.Resources/resourceGroups",
                "apiVersion": RESOURCES_API_VERSION,
                "name": "[parameters('resourceGroupName')]",
                "location": "[parameters('location')]",
                "tags": "[parameters('tags')]",
            },
            {
                "type": "Microsoft.Resources/deployments",
                "apiVersion": RESOURCES_API_VERSION,
                "name": "waf-ml-bot",
                "resourceGroup": "[parameters('resourceGroupName')]",
                "dependsOn": ["[subscriptionResourceId('Microsoft.Resources/resourceGroups', parameters('resourceGroupName'))]"],
                "properties": {
                    "mode": "Incremental",
                    "expressionEvaluationOptions": {"scope": "inner"},
                    "parameters": {name: {"value": f"[parameters('{name}')]"} for name in inner["parameters"]},
                    "template": inner,
                },
            },
        ],
        "outputs": {
            name: {"type": output["type"], "value": f"[reference({deployment_id}).outputs.{name}.value]"}
            for name, output in inner["outputs"].items()
        },
    }
    target = HERE / "new-rg" / "template.json"
    target.write_text(json.dumps(template, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
